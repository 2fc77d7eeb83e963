import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * The strength estimator behind the policy's "not a common password" rule (OWASP ASVS 5.0 §6.2.4): zxcvbn
 * over the common-password and keyboard-pattern lists, plus words of this system an attacker would try
 * first. Server-side only; shared/ stays dependency-free and receives the score as a fact.
 */
const SYSTEM_WORDS = [
  'yibao',
  'admin',
  'administrator',
  'security',
  'auditor',
  'demo',
  'medical',
  'insurance',
  'guangxi',
  'liuzhou',
  'guilin',
  'nanning',
  'china',
];

let estimator: ZxcvbnFactory | null = null;

/** 0 (too guessable) … 4 (very unguessable); `context` adds the account's own words (username, name). */
export function passwordStrengthScore(password: string, context: string[] = []): number {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary, yibao: SYSTEM_WORDS }, graphs: adjacencyGraphs });
  // the estimator's cost grows with length; beyond 64 characters the score is 4 anyway
  return estimator.check(password.slice(0, 64), context.filter(Boolean)).score;
}

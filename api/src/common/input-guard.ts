import { isUtf8 } from 'node:buffer';

/**
 * The one check every JSON body and query string passes before routing (wired in app.ts): bounded nesting,
 * no prototype-named keys, and text that is well-formed — no NUL, no lone surrogate, no invalid UTF-8 — so
 * such text is refused with a 400 naming the field, never stored nor silently rewritten to U+FFFD.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Keys a JSON body never legitimately has: the names of Object.prototype's members (`__proto__`,
 * `constructor`, `toString`, `hasOwnProperty`, `valueOf` …) and `prototype`. class-transformer drops some
 * and class-validator's whitelist looks others up in a plain object (finding the inherited member), so
 * neither refuses them reliably: they are refused here, at any depth.
 */
const isPrototypeKey = (key: string) => key === 'prototype' || Object.prototype.hasOwnProperty.call(Object.prototype, key);

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface InputProblem {
  field: string;
  message: string;
}

/** Why a text is refused, or null when it is well-formed. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return '不得包含 NUL 字符 (must not contain a NUL character)';
  if (LONE_SURROGATE.test(text)) return '包含无效的 Unicode 字符（孤立代理项） (contains a lone surrogate: not valid Unicode text)';
  return null;
}

/**
 * The first problem in a parsed JSON body, or null. Iterative and stops at the depth limit, so a body nested
 * 100,000 deep costs no stack.
 */
export function findBodyProblem(body: unknown): InputProblem | null {
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: '', depth: 0 }];
  while (pending.length) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { field: path, message: `${path}: ${problem}` };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) {
      return { field: path, message: `请求体 JSON 嵌套超过 ${MAX_JSON_DEPTH} 层 (the JSON body is nested deeper than ${MAX_JSON_DEPTH} levels, at ${path})` };
    }
    const isArray = Array.isArray(value);
    const entries: Array<[string, unknown]> = isArray ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const childPath = path ? `${path}.${key}` : key;
      if (!isArray) {
        if (isPrototypeKey(key)) return { field: childPath, message: `${childPath}: unknown field, remove it (未知字段)` };
        const keyProblem = textProblem(key);
        if (keyProblem) return { field: childPath, message: `${childPath}: 字段名${keyProblem}` };
      }
      pending.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * The first problem in a raw query string (`a=1&b=%00`), or null: every name and value must percent-decode
 * to valid UTF-8 without NUL. Checked on the raw text because the query parser turns invalid bytes into
 * U+FFFD without a word.
 */
export function findQueryProblem(rawQuery: string): InputProblem | null {
  if (!rawQuery) return null;
  for (const part of rawQuery.split('&')) {
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const key = decodeQueryText(rawKey);
    if (key === null || textProblem(key))
      return {
        field: 'query',
        message: `query: 参数名${key === null ? '不是有效的 UTF-8 编码 (a parameter name is not valid percent-encoded UTF-8)' : textProblem(key)}`,
      };
    const value = decodeQueryText(rawValue);
    if (value === null) return { field: key, message: `${key}: 不是有效的 UTF-8 编码 (not valid percent-encoded UTF-8)` };
    const problem = textProblem(value);
    if (problem) return { field: key, message: `${key}: ${problem}` };
  }
  return null;
}

function decodeQueryText(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** body-parser's `verify`: bytes that are not UTF-8 would be decoded to U+FFFD; refuse them instead. */
export function verifyUtf8Body(_req: unknown, _res: unknown, buf: Buffer): void {
  if (!isUtf8(buf)) {
    throw Object.assign(new Error('请求体不是有效的 UTF-8 文本 (the body is not valid UTF-8)'), { status: 400, type: 'entity.verify.failed' });
  }
}

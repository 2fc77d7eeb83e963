import { defineCodes, type CodeOf } from './codes';

/**
 * GB/T 2260 division codes (DOMAIN §1). A region's subtree is a code prefix, which makes data scope one
 * index range (`RegionScope`, api/src/common/region-scope.ts). The national root is the synthetic code 000000 (prefix '': everything).
 */
export const REGION_LEVEL_CODES = defineCodes({
  national: { zh: '全国', en: 'National' },
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
  township: { zh: '乡镇（街道）', en: 'Township / street' },
});
export const REGION_LEVELS = REGION_LEVEL_CODES.values;
export type RegionLevel = CodeOf<typeof REGION_LEVEL_CODES>;
/** zh-CN labels (the API's exports and messages) */
export const REGION_LEVEL_LABELS: Readonly<Record<RegionLevel, string>> = REGION_LEVEL_CODES.zh;

export const NATIONAL_ROOT_CODE = '000000';

/** 6 digits (national root, province, city, county) or 9 digits (township/street, NBS statistical code). */
export const REGION_CODE_PATTERN = /^(\d{6}|\d{9})$/;

export function isRegionCode(code: unknown): code is string {
  return typeof code === 'string' && REGION_CODE_PATTERN.test(code);
}

/** The level a code denotes by its shape alone. */
export function regionLevelOf(code: string): RegionLevel {
  if (code === NATIONAL_ROOT_CODE) return 'national';
  if (code.length === 9) return 'township';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The prefix every code in this region's subtree starts with ('' for the national root). */
export function regionScopePrefix(code: string): string {
  switch (regionLevelOf(code)) {
    case 'national':
      return '';
    case 'province':
      return code.slice(0, 2);
    case 'city':
      return code.slice(0, 4);
    default:
      return code;
  }
}

/** The province a code lies in (its first two digits); the national root has none. */
export function provinceCodeOf(code: string): string | null {
  return regionLevelOf(code) === 'national' ? null : `${code.slice(0, 2)}0000`;
}

/** The parent code implied by the shape of a code (null for the root). */
export function parentRegionCodeOf(code: string): string | null {
  switch (regionLevelOf(code)) {
    case 'national':
      return null;
    case 'province':
      return NATIONAL_ROOT_CODE;
    case 'city':
      return `${code.slice(0, 2)}0000`;
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'township':
      return countyCodeOf(code);
  }
}

/** Digits of a county code (区县); the first this many digits of a township code name its county. */
export const COUNTY_CODE_LENGTH = 6;

/**
 * The county a county or township code lies in (a township's first 6 digits); the one place this is derived.
 * A code above county level (province, city, the root) has no county and is answered as itself.
 */
export function countyCodeOf(code: string): string {
  return code.slice(0, COUNTY_CODE_LENGTH);
}

/** True when `code` lies in the subtree of `ancestorCode` (a region is inside its own subtree). */
export function isWithinRegion(code: string, ancestorCode: string): boolean {
  return code.startsWith(regionScopePrefix(ancestorCode));
}

const LEVEL_DEPTH: Record<RegionLevel, number> = { national: 0, province: 1, city: 2, county: 3, township: 4 };

/** Depth of a level: national 0 … township 4; lets callers compare "higher than". */
export function regionLevelDepth(level: RegionLevel): number {
  return LEVEL_DEPTH[level];
}

/**
 * The pooling region (统筹地区) whose policy parameters apply to a region: the city (市级统筹, DOMAIN §1).
 * Null for the national root and provinces, which set no parameters of their own.
 */
export function poolingRegionCodeOf(code: string): string | null {
  switch (regionLevelOf(code)) {
    case 'city':
      return code;
    case 'county':
    case 'township':
      return `${code.slice(0, 4)}00`;
    default:
      return null;
  }
}

/**
 * How many leading digits name a region's children in a report: cities of a province (4), counties of a city
 * (6), provinces of the nation (2); a county is reported as itself (6).
 */
export function childCodeLength(code: string): 2 | 4 | 6 {
  const level = regionLevelOf(code);
  return level === 'national' ? 2 : level === 'province' ? 4 : 6;
}

export const ROOT: string;
export const FIXTURES: string;

export interface FixtureEntry {
  file: string;
  url: string;
  kind: string;
  about?: string;
}
export function fixtureIndex(): FixtureEntry[];
/** The pages again in the pseudo-locale; `of` names the English page. */
export function variantIndex(): (FixtureEntry & { of: string; lang: string })[];
export function fixtureUrl(file: string): string;
/** The fixture's `*.expected.json`: `profile`, `form`, and for a form opened by a click `formAfterOpen`. */
export function expectedReading(file: string): { profile: unknown; form: unknown; formAfterOpen?: unknown; [key: string]: unknown };
/** `(url, isDocument)` → the fixture HTML that answers it, or null (abort and count). */
export function fixtureServer(pages?: Record<string, string>): (url: string, isDocument: boolean) => string | null;
/** The readers as one script defining `globalThis.__vouchRead()`. */
export function bundleReaders(): Promise<string>;

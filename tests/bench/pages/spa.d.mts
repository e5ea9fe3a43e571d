export const SPA_PATHS: { profile: string; form: string; feed: string };
export function spaPage(): string;
export function spaPages(): Record<string, string>;

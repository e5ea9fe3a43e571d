export function tryToConnect(): Promise<{ fetched: 'connected' | 'refused'; violations: string[] }>;

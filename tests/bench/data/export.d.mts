export function csvCell(value: unknown): string;
export function exportFiles(connections?: number, recommendations?: number): Record<string, string>;
export function exportZip(connections?: number, recommendations?: number): Uint8Array;

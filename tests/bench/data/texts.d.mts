export function recommendationText(length?: number, seed?: number): string;
export function requestMessage(first: string, r: () => number): string;
export function earlierRequests(count?: number, seed?: number): { contactName: string; text: string }[];

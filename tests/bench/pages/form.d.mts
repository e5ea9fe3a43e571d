export const FORM_PATH: string;
export function formPage(): string;

export interface Person {
  id: string;
  firstName: string;
  lastName: string;
  name: string;
  company: string;
  position: string;
}
export function people(count: number, seed?: number): Person[];

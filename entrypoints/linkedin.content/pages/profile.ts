// Kept only while tests/bench/pages.test.ts imports the readers from here; delete with that import.
export * from '@/components/linkedin/profile';

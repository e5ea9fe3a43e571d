export { ProfileCard, type ProfileCardProps } from './ProfileCard';
export { OwnProfileSummary } from './OwnProfileSummary';
export { profileCardCss } from './styles';
export type { ProfileReading } from './types';

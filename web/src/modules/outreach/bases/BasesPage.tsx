import { BasesList } from './BasesList';

/** 科普阵地: the registry of bases, schools, model counties, big screens and galleries. */
export default function BasesPage() {
  return <BasesList />;
}

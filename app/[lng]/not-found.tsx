import { NotFoundMessage } from '@/components/layout/NotFoundMessage';

/** A document or page that does not exist under a known language. */
export default function NotFound() {
  return <NotFoundMessage />;
}

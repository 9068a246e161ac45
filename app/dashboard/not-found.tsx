import { NotFoundMessage } from '@/components/not-found-message';

export default function NotFound() {
  return (
    <div className="not-found">
      <NotFoundMessage />
    </div>
  );
}

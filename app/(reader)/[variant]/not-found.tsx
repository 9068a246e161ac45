import { NotFoundMessage } from '@/components/not-found-message';

// One page for every story or address a reader may not see: unknown, unpublished, scheduled or
// deleted look the same. A not-found page is not given the route's params, so it carries both
// scripts and the stylesheet shows the one matching <html lang>.
export default function ReaderNotFound() {
  return (
    <div className="not-found">
      <div lang="zh-Hant" className="script-hant">
        <NotFoundMessage script="hant" />
      </div>
      <div lang="zh-Hans" className="script-hans">
        <NotFoundMessage script="hans" />
      </div>
    </div>
  );
}

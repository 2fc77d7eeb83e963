import { StatusPage } from '../StatusPage';

/** 403: the page exists but the role may not use it (the API would refuse it too). */
export default function Forbidden() {
  return <StatusPage status={403} />;
}

/** `/admin`: the conferences, a form for a new one, and (for admins) the staff accounts. */
import type { StaffUser } from '@cb/shared/api';
import { messageOf } from '../../api.ts';
import { FormMessage } from '../../components/FormMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData, useDocumentTitle } from '../../hooks.ts';
import { ConferenceList } from './ConferenceList.tsx';
import { NewConferenceForm } from './NewConferenceForm.tsx';
import { ProceduresPanel } from './ProceduresPanel.tsx';
import { StaffAccounts } from './StaffAccounts.tsx';
import { StaffLayout } from './StaffLayout.tsx';

export function AdminPage() {
  useDocumentTitle('Conferences');
  return <StaffLayout>{(user) => <AdminHome user={user} />}</StaffLayout>;
}

function AdminHome({ user }: { user: StaffUser }) {
  const conferences = useApiData('listConferences', {});
  const procedures = useApiData('procedures', {});
  const rules = procedures.loadable.state === 'loaded' ? procedures.loadable.data : null;
  const isAdmin = user.role === 'admin';
  return (
    <div className="stack-lg">
      <h1>Conferences</h1>
      <section className="panel" aria-labelledby="conferences-heading">
        <h2 id="conferences-heading" className="visually-hidden">
          All conferences
        </h2>
        {conferences.loadable.state === 'loading' ? <Loading what="conferences" /> : null}
        {conferences.loadable.state === 'failed' ? (
          <FormMessage tone="error">{messageOf(conferences.loadable.error)}</FormMessage>
        ) : null}
        {conferences.loadable.state === 'loaded' ? (
          <ConferenceList conferences={conferences.loadable.data} procedures={rules?.procedures} />
        ) : null}
      </section>
      {isAdmin ? (
        <section className="panel">
          <NewConferenceForm
            earlier={conferences.loadable.state === 'loaded' ? conferences.loadable.data : []}
            onCreated={(conference) => conferences.update((list) => [...list, conference])}
            procedures={rules?.procedures}
          />
        </section>
      ) : (
        <p className="muted">
          Business support staff create conferences. Ask them if one of yours is missing.
        </p>
      )}
      {isAdmin ? <StaffAccounts /> : null}
      {isAdmin && rules ? <ProceduresPanel answer={rules} /> : null}
    </div>
  );
}

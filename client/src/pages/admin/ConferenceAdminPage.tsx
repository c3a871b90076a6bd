/** `/admin/conferences/:id`: one conference's details, its links, and the way onto its board. */
import type { Conference } from '@cb/shared/api';
import { ruleWords, type Procedures } from '@cb/shared/procedures';
import { useState } from 'react';
import { ApiFailure, messageOf } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { FormMessage } from '../../components/FormMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatCalendarDate, formatDateTime } from '../../format.ts';
import { useApiData, useDocumentTitle } from '../../hooks.ts';
import { CONFERENCE_STATUS_LABELS, KIND_LABELS } from '../../labels.ts';
import { AuditLog } from './AuditLog.tsx';
import { CreateLinkForm } from './CreateLinkForm.tsx';
import { DistributionPanel } from './DistributionPanel.tsx';
import { ExportsPanel } from './ExportsPanel.tsx';
import { InvitePeopleForm } from './InvitePeopleForm.tsx';
import { ReportsPanel } from './ReportsPanel.tsx';
import { LinkList } from './LinkList.tsx';
import { canOpenCoreGroup, OpenCoreGroup } from './OpenCoreGroup.tsx';
import { SnapshotHistory } from './SnapshotHistory.tsx';
import { StaffLayout } from './StaffLayout.tsx';

export function ConferenceAdminPage({ conferenceId }: { conferenceId: string }) {
  return (
    <StaffLayout>
      {(user) => <ConferenceAdmin conferenceId={conferenceId} isAdmin={user.role === 'admin'} />}
    </StaffLayout>
  );
}

/** The conference's details: when, why, from when it was counted and by when it was due, the children. */
function ConferenceDetails({ c, rules }: { c: Conference; rules: Procedures | null }) {
  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <dl className="details">
        <dt>Status</dt>
        <dd>
          <span className={`badge badge--${c.status}`}>{CONFERENCE_STATUS_LABELS[c.status]}</span>
        </dd>
        <dt>Chair</dt>
        <dd>
          {c.chair.name} <span className="muted">({c.chair.email})</span>
        </dd>
        {c.reason ? (
          <>
            <dt>Why it is convened</dt>
            <dd>{c.reason}</dd>
          </>
        ) : null}
        {c.strategyDiscussionOn ? (
          <>
            <dt>{c.kind === 'transfer-in' ? 'Transfer-in notification' : 'Strategy discussion'}</dt>
            <dd>{formatCalendarDate(c.strategyDiscussionOn)}</dd>
          </>
        ) : null}
        {c.dueBy ? (
          <>
            <dt>Due by</dt>
            <dd>
              {formatCalendarDate(c.dueBy)}
              {c.bookedLate ? <span className="badge badge--late">Booked late</span> : null}
              {rules ? (
                <span className="due__rule">
                  Rule: {ruleWords(rules, 'initialConferenceWithinWorkingDays')}.
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt>Children</dt>
        <dd>
          <ul className="plain-list">
            {c.children.map((child) => (
              <li key={child.id}>
                {child.name}{' '}
                <span className="muted">
                  {child.dateOfBirth ? `born ${formatCalendarDate(child.dateOfBirth)}` : 'unborn'}
                </span>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}

function ConferenceAdmin({ conferenceId, isAdmin }: { conferenceId: string; isAdmin: boolean }) {
  const conference = useApiData('getConference', { id: conferenceId });
  const links = useApiData('listLinks', { id: conferenceId });
  // The local rules the due dates follow: named beside each date once known.
  const procedures = useApiData('procedures', {});
  const rules = procedures.loadable.state === 'loaded' ? procedures.loadable.data.procedures : null;
  const [invitations, setInvitations] = useState(0);
  // Bumped after anything this page does that is audited: the log is read again.
  const [audited, setAudited] = useState(0);
  const logged = () => setAudited((n) => n + 1);
  const loaded = conference.loadable.state === 'loaded' ? conference.loadable.data : null;
  useDocumentTitle(loaded?.title ?? 'Conference');

  if (conference.loadable.state === 'loading') return <Loading what="the conference" />;
  if (conference.loadable.state === 'failed') {
    const error = conference.loadable.error;
    return (
      <div className="stack">
        <h1>Conference</h1>
        <FormMessage tone="error">
          {error instanceof ApiFailure && error.status === 403
            ? 'Only an administrator or the chair of this conference can manage it.'
            : messageOf(error)}
        </FormMessage>
        <AppLink href="/admin">Back to all conferences</AppLink>
      </div>
    );
  }
  const c = conference.loadable.data;
  return (
    <div className="stack-lg">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <AppLink href="/admin">All conferences</AppLink>
      </nav>
      <div className="page-title">
        <div>
          <h1>{c.title}</h1>
          <p className="lead">
            {KIND_LABELS[c.kind]} · {formatDateTime(c.scheduledAt)}
            {c.place ? ` · ${c.place}` : ''}
          </p>
        </div>
        <AppLink href={`/c/${c.id}`} className="button button--primary">
          Open the board
        </AppLink>
      </div>
      <ConferenceDetails c={c} rules={rules} />
      <section className="panel" aria-labelledby="links-heading">
        <h2 id="links-heading">Links</h2>
        {links.loadable.state === 'loading' ? <Loading what="links" /> : null}
        {links.loadable.state === 'failed' ? (
          <FormMessage tone="error">{messageOf(links.loadable.error)}</FormMessage>
        ) : null}
        {links.loadable.state === 'loaded' ? (
          <LinkList
            conferenceId={c.id}
            title={c.title}
            open={c.status !== 'closed'}
            links={links.loadable.data}
            onWithdrawn={() => {
              links.reload();
              logged();
            }}
          />
        ) : null}
      </section>
      {c.status === 'closed' ? null : (
        <InvitePeopleForm
          conferenceId={c.id}
          title={c.title}
          onInvited={() => {
            links.reload();
            // Each invited agency is now expected to send a report: the list is read again.
            setInvitations((n) => n + 1);
            logged();
          }}
        />
      )}
      {/* A closed conference takes nobody new: its board is final. */}
      {c.status === 'closed' ? null : (
        <section className="panel">
          <CreateLinkForm
            conferenceId={c.id}
            onCreated={({ url: _url, ...link }) => {
              links.update((list) => [...list, link]);
              logged();
            }}
          />
        </section>
      )}
      <ReportsPanel
        key={`reports-${invitations}`}
        conferenceId={c.id}
        rule={
          rules
            ? ruleWords(
                rules,
                c.kind === 'review' ? 'reportsBeforeReviewWorkingDays' : 'reportsBeforeInitialWorkingDays',
              )
            : null
        }
      />
      {canOpenCoreGroup(c) ? <OpenCoreGroup c={c} procedures={rules} /> : null}
      <ExportsPanel conferenceId={c.id} closed={c.status === 'closed'} />
      {c.status === 'closed' ? (
        <DistributionPanel
          conference={c}
          onSent={() => {
            conference.reload();
            logged();
          }}
        />
      ) : null}
      <SnapshotHistory conferenceId={c.id} />
      {isAdmin ? <AuditLog key={`audit-${audited}`} conferenceId={c.id} /> : null}
    </div>
  );
}

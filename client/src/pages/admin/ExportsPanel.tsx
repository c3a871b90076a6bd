/**
 * Exports for an admin to check and send: the plan (due to everyone within one working day) and
 * the minutes, each as PDF, Word (to edit before sending) or a web page, for professionals or as
 * the family's copy; the minutes as data for the case-management system; and, once closed, the
 * family's decision letter.
 */
import { useState } from 'react';
import { downloadFile, messageOf } from '../../api.ts';
import { FormMessage } from '../../components/FormMessage.tsx';
import { Spinner } from '../../components/Spinner.tsx';

type Format = 'pdf' | 'docx' | 'html' | 'json';
type Audience = 'full' | 'family';

const FORMAT_WORDS: Record<Format, string> = {
  pdf: 'PDF',
  docx: 'Word',
  html: 'Web page',
  json: 'Data (JSON)',
};
const AUDIENCE_WORDS: Record<Audience, string> = { full: 'for professionals', family: 'family copy' };
type What = 'minutes' | 'plan' | 'letter';
const WHAT_WORDS: Record<What, string> = {
  minutes: 'the minutes',
  plan: 'the plan',
  letter: 'the family’s letter',
};

interface Props {
  conferenceId: string;
  closed: boolean;
  /** A snapshot to export from instead of the latest. */
  snapshot?: number;
}

export function ExportsPanel({ conferenceId, closed, snapshot }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const exportFile = async (what: What, format: Format, audience: Audience) => {
    const key = `${what}-${format}-${audience}`;
    setBusy(key);
    setMessage(null);
    const query = new URLSearchParams({
      format,
      audience,
      ...(snapshot ? { snapshot: String(snapshot) } : {}),
    });
    try {
      const name = await downloadFile(
        `/api/conferences/${conferenceId}/${what}?${query}`,
        `${what}.${format}`,
      );
      setMessage({ tone: 'success', text: `${name} has been downloaded.` });
    } catch (error) {
      setMessage({ tone: 'error', text: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };

  const button = (what: What, format: Format, audience: Audience) => {
    const key = `${what}-${format}-${audience}`;
    return (
      <button
        key={key}
        type="button"
        className="button button--secondary button--small"
        disabled={busy !== null}
        aria-busy={busy === key}
        aria-label={`${FORMAT_WORDS[format]}: ${WHAT_WORDS[what]}${what === 'letter' ? '' : `, ${AUDIENCE_WORDS[audience]}`}`}
        onClick={() => void exportFile(what, format, audience)}
      >
        {FORMAT_WORDS[format]}
        {busy === key ? <Spinner label="Preparing" /> : null}
      </button>
    );
  };

  return (
    <section className="panel" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Minutes and the plan</h2>
      {closed ? null : (
        <p className="muted">
          The conference is not closed yet: exports show the board as it was at the last snapshot.
        </p>
      )}
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <div className="exports">
        {(['full', 'family'] as const).map((audience) => (
          <div key={audience} className="exports__group">
            <h3>The plan, {AUDIENCE_WORDS[audience]}</h3>
            <div className="button-row">
              {(['pdf', 'docx', 'html'] as const).map((f) => button('plan', f, audience))}
            </div>
            <h3>The minutes, {AUDIENCE_WORDS[audience]}</h3>
            <div className="button-row">
              {(['pdf', 'docx', 'html', 'json'] as const).map((f) => button('minutes', f, audience))}
            </div>
            {audience === 'family' && closed ? (
              <>
                <h3>The family’s letter</h3>
                <p className="muted">
                  What was decided, the plan’s headlines, the next dates and who to contact.
                </p>
                <div className="button-row">
                  {(['pdf', 'docx', 'html'] as const).map((f) => button('letter', f, 'family'))}
                </div>
              </>
            ) : null}
          </div>
        ))}
      </div>
    </section>
  );
}

/**
 * The local procedures every due date on these pages comes from, for admins to check: whose they
 * are, whether a settings file set them, and each rule in words.
 */
import type { ProceduresAnswer } from '@cb/shared/api';

export function ProceduresPanel({ answer }: { answer: ProceduresAnswer }) {
  return (
    <section className="panel" aria-labelledby="procedures-heading">
      <h2 id="procedures-heading">Local procedures</h2>
      <p className="muted">
        {answer.from === 'file'
          ? `The dates on these pages follow ${answer.authority}, from this server’s settings file.`
          : `The dates on these pages follow ${answer.authority}. Your authority can set its own timescales in a settings file (CB_PROCEDURES_FILE).`}
      </p>
      <ul className="plain-list">
        {answer.rules.map((r) => (
          <li key={r.rule}>{r.words}.</li>
        ))}
      </ul>
    </section>
  );
}

/** The email an admin sends with someone's own link, from their own mail program (mailto:). */
import type { InviteePerson } from '@cb/shared/api';

/** A mailto: link with the person's link in it, to them and (for a professional) their manager. */
export function linkEmail(person: InviteePerson, url: string, title: string): string {
  const to = person.email ?? '';
  const cc = person.managerEmail ? `cc=${encodeURIComponent(person.managerEmail)}&` : '';
  const subject = encodeURIComponent(`Your link for ${title}`);
  const body = encodeURIComponent(
    `Dear ${person.name},\n\nThis is your own link for ${title}. Please do not share it.\n\n${url}\n`,
  );
  return `mailto:${encodeURIComponent(to)}?${cc}subject=${subject}&body=${body}`;
}

/**
 * Last line of defence for secrets: every string the gate writes passes through here, so a
 * secret echoed by a server, an error or a bug still never reaches a file or the log.
 */

/** The forms a secret can take once it has been put in JSON, a URL or a header. */
function variants(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
  return [...new Set(forms)].filter((f) => f !== '');
}

export type Redactor = (text: string) => string;

export function makeRedactor(secrets: readonly string[]): Redactor {
  const forms = [...new Set(secrets.filter((s) => s !== '').flatMap(variants))]
    // Longest first, so a secret that contains another is replaced whole.
    .sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const form of forms) out = out.split(form).join('***');
    return out;
  };
}

/** The simple, accessible HTML pages of the test identity providers (no app, no scripts). */
export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const page = (
  title: string,
  body: string,
  heading = 'MitID-simulator',
  subheading = 'Testlogin til Jobunivers (kun udvikling og demo – ikke rigtigt MitID)',
) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
*{box-sizing:border-box}body{font-family:system-ui,sans-serif;margin:0;background:#f5f5f5;color:#1a1a1a;overflow-wrap:anywhere}
header{background:#0060e6;color:#fff;padding:1rem 1.5rem}header p{margin:.25rem 0 0}
main{max-width:36rem;margin:1.5rem auto;background:#fff;padding:1.5rem;border-radius:4px}
fieldset{border:1px solid #747474;margin:0 0 1rem;padding:.75rem 1rem}label{display:block;padding:.35rem 0}
.note{color:#454545;font-size:.9rem}button{background:#0060e6;color:#fff;border:0;padding:.75rem 1.5rem;font-size:1rem;border-radius:4px;cursor:pointer}
button:focus,input:focus,select:focus{outline:3px solid #ffbb16;outline-offset:2px}select{font-size:1rem;padding:.3rem}
</style></head><body><header><strong>${esc(heading)}</strong><p>${esc(subheading)}</p></header><main>${body}</main></body></html>`;

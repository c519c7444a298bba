/** The address readers use for the public pages: PUBLIC_URL when set, else the request's own. */
export function publicBase(publicUrl: string | undefined, request: { protocol: string; host: string }): string {
  return (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
}

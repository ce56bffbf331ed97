/**
 * Closes, in order, what a `beforeAll` opened. One it never assigned (it failed first) is
 * skipped, so the hook's own error is the one reported.
 */
export async function closeOpened(...opened: ({ close(): Promise<unknown> } | undefined)[]): Promise<void> {
  for (const resource of opened) await resource?.close();
}

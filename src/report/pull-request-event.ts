/** The events a pull request comment belongs to; anything else never loads the comment code. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export function isPullRequestEvent(eventName: string | undefined): boolean {
  return eventName !== undefined && PULL_REQUEST_EVENTS.includes(eventName);
}

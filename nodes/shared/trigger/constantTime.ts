import { createHash, timingSafeEqual } from 'crypto';

/**
 * Whether two strings are equal, compared in constant time (for signatures and tokens from webhooks).
 * Both sides are hashed first, so neither the content nor the length of the expected value leaks
 * through the time taken.
 */
export function constantTimeEqual(actual: string, expected: string): boolean {
	const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
	return timingSafeEqual(digest(actual), digest(expected));
}

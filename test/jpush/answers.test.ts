import { batchAnswers, messageIdAnswer, scheduleAnswer } from '../../nodes/JPushSms/helpers/answers';

/** What JPush's send answers mean per number, for the shapes the sandbox does not produce. */
const chunk = ['13800000001', '13800000002', '13800000003'].map((mobile) => ({ mobile }));

describe('JPush send answers', () => {
	test('a recipients list in another order is matched by number; a number it leaves out has no result', () => {
		const answers = batchAnswers({ recipients: [{ mobile: '13800000003', msg_id: 3 }, { mobile: '13800000001', msg_id: '1' }] }, chunk, false);
		expect(answers).toEqual([
			{ messageId: '1' },
			{ errorCode: 'NO_RESULT', error: expect.stringContaining('it may have been sent. Check the delivery reports') },
			{ messageId: '3' },
		]);
	});

	test('a failures-only answer: listed numbers are refused (with or without a code), the others accepted', () => {
		const answers = batchAnswers({ failure_recipients: [{ mobile: '13800000002', error_code: '50006', error_message: 'invalid mobile' }, { mobile: '13800000003' }] }, chunk, false);
		expect(answers).toEqual([
			{ messageId: null },
			{ errorCode: '50006', error: 'The mobile number is not valid (invalid mobile)', extra: { errorMessage: 'invalid mobile' } },
			{ errorCode: 'REFUSED', error: 'JPush listed this number among the failures without a code' },
		]);
	});

	test('an answer that lists nothing counts as accepted only when it says it had no failures', () => {
		expect(batchAnswers({ success_count: 3, failure_count: 0 }, chunk, false)).toEqual([{ messageId: null }, { messageId: null }, { messageId: null }]);
		for (const answer of [{}, { success_count: 3 }, 'OK', null]) {
			expect(batchAnswers(answer, chunk, false).map((one) => one.errorCode)).toEqual(['NO_RESULT', 'NO_RESULT', 'NO_RESULT']);
		}
	});

	test('a batch schedule: every number gets the schedule ID; without one nothing is confirmed, unless the schedule was being replaced', () => {
		expect(batchAnswers({ schedule_id: 'abc-1', failure_recipients: [] }, chunk.slice(0, 1), {})).toEqual([{ messageId: null, extra: { scheduleId: 'abc-1' } }]);
		expect(batchAnswers({ failure_recipients: [] }, chunk.slice(0, 1), {})).toEqual([
			{ errorCode: 'NO_SCHEDULE_ID', error: expect.stringContaining('the messages may have been scheduled'), extra: { scheduleId: null } },
		]);
		expect(batchAnswers({ failure_recipients: [] }, chunk.slice(0, 1), { known: 'abc-2' })).toEqual([{ messageId: null, extra: { scheduleId: 'abc-2' } }]);
	});

	test('single answers: msg_id as text or number; schedule_id, or the one being replaced', () => {
		expect(messageIdAnswer({ msg_id: 288193860302 })).toEqual({ messageId: '288193860302' });
		expect(messageIdAnswer({ msg_id: '' })).toEqual({ messageId: null });
		expect(messageIdAnswer('garbage')).toEqual({ messageId: null });
		expect(scheduleAnswer({ schedule_id: 'abc-3' })).toEqual({ messageId: null, referenceId: 'abc-3', extra: { scheduleId: 'abc-3' } });
		expect(scheduleAnswer({})).toMatchObject({ errorCode: 'NO_SCHEDULE_ID' });
		expect(scheduleAnswer({}, 'abc-4')).toEqual({ messageId: null, referenceId: 'abc-4', extra: { scheduleId: 'abc-4' } });
	});
});

import { countSegments } from '../../shared/validation/smsLength';

/** GSM 03.38 characters of one septet, and the extension table characters that take two. */
const GSM_BASIC = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà^{}\\[~\]|€]*$/;
const GSM_EXTENDED = new Set(['^', '{', '}', '\\', '[', '~', ']', '|', '€']);

/**
 * Billed segments (https://www.tencentcloud.com/document/product/382/34671 and the mainland billing rules):
 * mainland texts 70 characters for one SMS, else 67 a segment; international GSM-7 texts 160, else 153 a
 * segment (extension characters count twice); other international texts 70/67.
 */
export function tencentSegments(text: string, mainland: boolean): number {
	if (mainland || !GSM_BASIC.test(text)) return countSegments(text);
	const units = [...text].reduce((sum, char) => sum + (GSM_EXTENDED.has(char) ? 2 : 1), 0);
	if (units === 0) return 0;
	return units <= 160 ? 1 : Math.ceil(units / 153);
}

/** The text as the phone shows it: mainland signatures in 【】 first; international ones in [] (shared/api/tencent.md §4.2). */
export function signedText(body: string, sign: string, mainland: boolean): string {
	if (!sign) return body;
	return mainland ? `【${sign}】${body}` : `[${sign}]${body}`;
}

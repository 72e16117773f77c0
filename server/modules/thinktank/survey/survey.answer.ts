import { checkAnswers, normalizeCode } from '../../../../shared/thinktank-survey.js';
import type { Db } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { AppError, badRequest, conflict } from '../../../platform/errors.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { findCampaign, findQuestionnaire, findStation, insertAnswer, lockCode, markCodeUsed } from './survey.repo.js';
import { CAMPAIGN_ENTITY, campaignStatus } from './survey.service.js';

// 填答 (no account): a respondent's code opens the questionnaire once. What a submission writes: one
// answer row (campaign, station, date, answers), the code's used flag, and an audit row naming the
// campaign and station only — never the code, the answer's id or the respondent's address.

const WINDOW_MS = 10 * 60_000;
/** Failed code checks per address per window before 429. */
export const CODE_FAILURES_MAX = 20;
const failures = new Map<string, { n: number; since: number }>();

/** Tests: forget the counters. */
export function resetCodeRateLimit() {
  failures.clear();
}

function assertNotLimited(ip: string) {
  const f = failures.get(ip);
  if (f && Date.now() - f.since < WINDOW_MS && f.n >= CODE_FAILURES_MAX)
    throw new AppError(429, 'SURVEY_CODE_RATE_LIMITED', '尝试次数过多，请 10 分钟后再试', 'Too many attempts: try again in 10 minutes');
}

function fail(ip: string, err: AppError): never {
  const now = Date.now();
  const f = failures.get(ip);
  if (!f || now - f.since >= WINDOW_MS) failures.set(ip, { n: 1, since: now });
  else f.n++;
  if (failures.size > 10_000) failures.clear(); // bounded memory under a flood of addresses
  throw err;
}

const invalid = () => badRequest('SURVEY_CODE_INVALID', '填答码无效，请核对后重新输入', 'The answer code is not valid: check it and try again');
const used = () => conflict('SURVEY_CODE_USED', '该填答码已经提交过答卷，每个填答码只能使用一次', 'This code has already been used: each code works once');

async function resolveCode(db: Db, raw: string, ip: string) {
  assertNotLimited(ip);
  const code = normalizeCode(raw);
  if (!/^[A-Z0-9]{4,20}$/.test(code)) fail(ip, invalid());
  const row = await lockCode(db, code);
  if (!row) fail(ip, invalid());
  if (row.isUsed) fail(ip, used());
  const station = (await findStation(db, row.stationId))!;
  const campaign = (await findCampaign(db, station.campaignId))!;
  const status = campaignStatus(campaign);
  if (status === 'scheduled') throw conflict('SURVEY_NOT_OPEN', `本次调查将于 ${campaign.opensOn} 开始，请届时再来填答`, `This survey opens on ${campaign.opensOn}`);
  if (status === 'closed') throw conflict('SURVEY_CLOSED', '本次调查已结束，不再接受答卷', 'This survey is closed and no longer takes answers');
  return { code, row, station, campaign };
}

/** What the answer page shows for a valid, unused code of an open campaign. */
export async function startAnswer(db: Db, rawCode: string, ip: string) {
  const { station, campaign } = await resolveCode(db, rawCode, ip);
  const q = (await findQuestionnaire(db, campaign.questionnaireId))!;
  return {
    campaignTitle: campaign.title,
    description: q.description ?? campaign.description,
    stationName: station.name,
    closesOn: campaign.closesOn,
    questionnaire: { title: q.title, version: q.version, definition: q.definition },
  };
}

/**
 * Checks the answers against the definition (skip logic, required, ranges) and stores them; the code is
 * spent in the same transaction.
 * @throws AppError SURVEY_CODE_INVALID, SURVEY_CODE_USED, SURVEY_CLOSED, SURVEY_NOT_OPEN, SURVEY_ANSWERS_INVALID, SURVEY_CODE_RATE_LIMITED
 */
export async function submitAnswer(db: Db, rawCode: string, raw: Record<string, unknown>, ip: string) {
  await db.transaction(async (tx) => {
    const { row, station, campaign } = await resolveCode(tx as unknown as Db, rawCode, ip);
    const q = (await findQuestionnaire(tx, campaign.questionnaireId))!;
    const { answers, issues } = checkAnswers(q.definition, raw);
    if (issues.length)
      throw badRequest(
        'SURVEY_ANSWERS_INVALID',
        `答卷有 ${issues.length} 处需要修改：${issues[0].message}`,
        `${issues.length} answers need fixing: ${issues[0].messageEn}`,
        issues.map((i) => ({ path: `answers.${i.questionId}`, message: i.message })),
      );
    await insertAnswer(tx, { campaignId: campaign.id, stationId: station.id, submittedOn: todayInChina(), answers });
    await markCodeUsed(tx, row.id);
    await recordAudit(tx, null, { entity: CAMPAIGN_ENTITY, entityId: campaign.id, action: 'answer', orgId: station.orgId, after: { stationId: station.id } });
  });
  return { ok: true as const };
}

import { randomUUID } from 'node:crypto';
import type { TrainingMessageDto, TrainingScenarioDto, TrainingSessionDto } from '@hub/contract';
import type { Db } from '../../db/client.ts';
import { AckError } from '../../realtime/socket-kit.ts';
import { blockedRequest } from '../safety.ts';
import { findScenario, SCENARIOS, type Scenario } from './scenarios.ts';
import { scorePractice, type PracticeLog } from './score.ts';

interface Live extends PracticeLog {
  id: string;
  traineeId: string;
  scenario: Scenario;
  messages: TrainingMessageDto[];
  followUp: number;
  satisfied: boolean;
}

export function scenarioDto(s: Scenario): TrainingScenarioDto {
  return { id: s.id, title: s.title, category: s.category, difficulty: s.difficulty, brief: s.brief };
}

/**
 * Practice conversations with a simulated citizen. Nothing here touches conversations, handoffs or the
 * staff room: a practice chat can never reach a real queue. Sessions in progress live in memory; the
 * transcript and score are stored when the trainee finishes.
 */
export class TrainingEngine {
  private readonly live = new Map<string, Live>();

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  scenarios(): TrainingScenarioDto[] {
    return SCENARIOS.map(scenarioDto);
  }

  async start(traineeId: string, scenarioId: string) {
    const scenario = findScenario(scenarioId);
    if (!scenario) throw new AckError({ code: 'not_found', message: 'no such scenario' });
    const id = randomUUID();
    const startedAt = this.now();
    const messages = scenario.opening.map((body) => this.say('citizen', body, startedAt));
    this.live.set(id, {
      id,
      traineeId,
      scenario,
      startedAt,
      replies: [],
      guides: [],
      blocked: 0,
      messages,
      followUp: 0,
      satisfied: false,
    });
    const row = await this.db.trainingSession.create({
      data: { id, traineeId, scenarioId, startedAt: new Date(startedAt) },
    });
    return { session: await this.toDto(row), scenario: scenarioDto(scenario), messages };
  }

  reply(traineeId: string, sessionId: string, body: string) {
    const s = this.session(traineeId, sessionId);
    const at = this.now();
    const rule = blockedRequest(body);
    if (rule) {
      s.blocked += 1;
      return { messages: [this.record(s, 'system', `blocked:${rule}`, at)], blocked: rule };
    }
    s.replies.push({ body, at });
    const out = [this.record(s, 'trainee', body, at)];
    if (!s.satisfied && s.followUp < s.scenario.followUps.length) {
      out.push(this.record(s, 'citizen', s.scenario.followUps[s.followUp]!, at));
      s.followUp += 1;
    }
    return { messages: out, blocked: null };
  }

  guide(traineeId: string, sessionId: string, slug: string) {
    const s = this.session(traineeId, sessionId);
    const at = this.now();
    s.guides.push(slug);
    const right = s.scenario.guides.includes(slug);
    if (right) s.satisfied = true;
    return {
      messages: [
        this.record(s, 'system', `guide:${slug}`, at),
        this.record(s, 'citizen', right ? s.scenario.satisfied : s.scenario.confused, at),
      ],
    };
  }

  async finish(traineeId: string, sessionId: string): Promise<TrainingSessionDto> {
    const s = this.session(traineeId, sessionId);
    const score = scorePractice(s.scenario, s);
    this.live.delete(sessionId);
    const row = await this.db.trainingSession.update({
      where: { id: sessionId },
      data: {
        finishedAt: new Date(this.now()),
        transcript: JSON.stringify(s.messages),
        score: score.total,
        scoreDetail: JSON.stringify(score),
      },
    });
    return this.toDto(row);
  }

  /** Sessions for supervisors (everyone) or for one trainee, newest first. */
  async history(traineeId: string | null, take = 200): Promise<TrainingSessionDto[]> {
    const rows = await this.db.trainingSession.findMany({
      where: traineeId ? { traineeId } : {},
      orderBy: { startedAt: 'desc' },
      take,
    });
    return Promise.all(rows.map((r) => this.toDto(r)));
  }

  private session(traineeId: string, sessionId: string): Live {
    const s = this.live.get(sessionId);
    if (!s || s.traineeId !== traineeId)
      throw new AckError({ code: 'not_found', message: 'no such practice session' });
    return s;
  }

  private say(author: TrainingMessageDto['author'], body: string, at: number): TrainingMessageDto {
    return { author, body, at: new Date(at).toISOString() };
  }

  private record(s: Live, author: TrainingMessageDto['author'], body: string, at: number) {
    const m = this.say(author, body, at);
    s.messages.push(m);
    return m;
  }

  private async toDto(row: {
    id: string;
    traineeId: string;
    scenarioId: string;
    startedAt: Date;
    finishedAt: Date | null;
    score: number | null;
    scoreDetail: string | null;
  }): Promise<TrainingSessionDto> {
    const user = await this.db.staffUser.findUnique({
      where: { id: row.traineeId },
      select: { displayName: true },
    });
    return {
      id: row.id,
      traineeId: row.traineeId,
      traineeName: user?.displayName ?? '—',
      scenarioId: row.scenarioId,
      startedAt: row.startedAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
      score: row.score,
      detail: row.scoreDetail ? JSON.parse(row.scoreDetail) : null,
    };
  }
}

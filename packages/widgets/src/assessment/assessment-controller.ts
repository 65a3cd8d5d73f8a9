import type {
  Component,
  Framework,
  FrameworkMapping,
  FrameworkRef,
  Issue,
  Pillar,
  Respondent,
  Response,
  Result,
} from '@dtc/schema';
import type { MigrationReport } from '@dtc/scoring';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  complete,
  emptyResponse,
  isAnswered,
  mergeResponses,
  pillarsIn,
  roleChosen,
  setAnswer,
  setRespondent,
  startRound,
  type AnswerPatch,
} from '../shared/model/response-model.js';
import type { Drafts, ResponseStore, StoredResponse, StoreLoad } from '../shared/model/store.js';
import { loadMigration, loadScoring } from './lazy-scoring.js';

/** Detail of `dtc-response-change`: the response and its drafts, as they are now. */
export interface ResponseChangeDetail {
  response: Response;
  /** Text typed that is not valid yet, so not in the response, by field (see `drafts`). */
  drafts: Drafts;
  /**
   * `respondent`: changed in this element; `store`: arrived from the store (another tab);
   * `migration`: a response made with an earlier version of the framework, carried to this one.
   */
  source: 'respondent' | 'store' | 'migration';
  /** With `source: 'migration'`: what became of each answer. */
  migration?: MigrationReport;
}
/** Detail of `dtc-section-complete`: the respondent finished the last part of a pillar. */
export interface SectionCompleteDetail {
  pillarId: string;
  response: Response;
}
/** Detail of `dtc-assessment-complete`: the submitted response and its score. */
export interface AssessmentCompleteDetail {
  response: Response;
  result: Result;
}

/**
 * An earlier version of the framework and the mapping of its questions onto the current
 * version (`dtc.framework-mapping`), as `parseFrameworkMapping(input, framework, current)`
 * from `@dtc/schema` returns it once it has checked it against both versions.
 */
export interface Predecessor {
  framework: Framework;
  mapping: FrameworkMapping;
}

/**
 * Why a response made with another version of the framework was not opened: no mapping
 * leads from its version to this one, or the mapping given does not fit (`issues`).
 */
export interface MigrationProblem {
  found: FrameworkRef;
  expected: FrameworkRef;
  issues: Issue[];
}

/** What the controller tells its element (which turns each into an event). */
export interface LifecycleEvents {
  change(detail: ResponseChangeDetail): void;
  /** A response made with an earlier version was carried to this one (and saved). */
  migrated(report: MigrationReport): void;
  sectionComplete(detail: SectionCompleteDetail): void;
  complete(detail: AssessmentCompleteDetail): void;
}

/** One step of the questionnaire: a component of a pillar. The review follows the last. */
export interface Step {
  pillar: Pillar;
  component: Component;
}

/** Why the storage status message shows. */
export type StorageNote =
  | { kind: 'set-aside'; key: string; reason: 'version' | 'invalid' }
  /** The response was restored without some answers, which are kept under `key`. */
  | { kind: 'partial'; key: string; questions: string[] }
  | { kind: 'unavailable' };

/** A respondent detail that stops the submission: the role (or its description), the country. */
export type RespondentProblem = 'role' | 'roleDetail' | 'country';

const COUNTRY = /^[A-Z]{3}$/;

const refOf = (f: FrameworkRef): FrameworkRef => ({ id: f.id, version: f.version });

/**
 * The life of one response, without any DOM: load the framework's steps, take answers,
 * validate the respondent's details, keep everything in the store (and hear the store's
 * changes from elsewhere), move between steps, submit and score. `<dtc-assessment>` renders
 * what it holds and calls its methods; tests drive it with any `ReactiveControllerHost`.
 *
 * The response given by the host (`adopt`) is an initial value: from then on this controller
 * owns the response and reports every change through `events.change`.
 */
export class AssessmentController implements ReactiveController {
  framework: Framework | undefined;
  sections: readonly string[] | undefined;
  steps: Step[] = [];
  response: Response | undefined;
  drafts: Drafts = {};
  /** The current step; `steps.length` is the review. */
  step = 0;
  /** Whether the response was just submitted (the thank-you step shows). */
  done = false;
  note: StorageNote | undefined;
  /** Whether the respondent's details are asked (and required) here; false when the host asks them. */
  askRespondent = true;
  /** Earlier versions of the framework this controller may carry a response from. */
  predecessors: readonly Predecessor[] = [];
  /** Why the response made with another version could not be opened; it is kept as it was. */
  problem: MigrationProblem | undefined;

  private store: ResponseStore | undefined;
  private stopListening: (() => void) | undefined;
  private connected = false;
  /** Move to the first open step once the steps are known (a response was adopted or loaded). */
  private resume = false;
  /** Counts loads, so an answer that arrives after a newer load is dropped. */
  private loads = 0;
  /**
   * A response made with another version of the framework, and its drafts: held back (neither
   * shown nor saved) until it is carried to this version, so the stored copy stays as it was.
   */
  private earlier: StoredResponse | undefined;
  /** Counts the carrying of responses, so a late one that is no longer wanted is dropped. */
  private carries = 0;
  private carrying: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly events: Partial<LifecycleEvents> = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /**
   * Takes a response from the host (with its drafts, if any) and resumes it at its first
   * open step. Taking the response this controller holds does nothing.
   */
  adopt(response: Response | undefined, drafts: Drafts = {}): void {
    if (response === this.response) return;
    this.response = response;
    this.drafts = drafts;
    this.resume = true;
    this.earlier = undefined;
    this.problem = undefined;
    if (response && this.framework?.id === response.framework.id && !this.holdEarlier())
      this.persist();
    this.host.requestUpdate();
  }

  /**
   * The earlier versions a response may be carried from. Given after a response could not
   * be opened for want of them, they are tried on it at once.
   */
  setPredecessors(predecessors: readonly Predecessor[]): void {
    if (predecessors === this.predecessors) return;
    this.predecessors = predecessors;
    if (this.earlier && this.problem) this.carry();
  }

  /** The carrying of a response in progress (loading `migrateResponse`), if any. */
  get pendingCarry(): Promise<void> | undefined {
    return this.carrying;
  }

  /**
   * Holds back the response when it was made with another version of this framework, and
   * carries it to this version. Returns whether it did.
   */
  private holdEarlier(): boolean {
    const response = this.response;
    const framework = this.framework;
    if (!response || !framework || response.framework.id !== framework.id) return false;
    if (response.framework.version === framework.version) return false;
    this.earlier = { response, drafts: this.drafts };
    this.response = undefined;
    this.drafts = {};
    this.carry();
    return true;
  }

  /**
   * Carries the held-back response with the predecessor of its version (`migrateResponse`
   * from `@dtc/scoring`, loaded now), then saves it like any change: the answers as they were
   * go into the response's `migrations`. Without a predecessor, or with a mapping that does
   * not fit, nothing is saved and `problem` says why.
   */
  private carry(): void {
    const framework = this.framework;
    const earlier = this.earlier;
    if (!framework || !earlier) return;
    const job = ++this.carries;
    const from = earlier.response.framework;
    const problem = (issues: Issue[]): MigrationProblem => ({
      found: refOf(from),
      expected: refOf(framework),
      issues,
    });
    const predecessor = this.predecessors.find(
      (p) => p.framework.id === from.id && p.framework.version === from.version,
    );
    this.problem = undefined;
    if (!predecessor) {
      this.problem = problem([]);
      this.carrying = undefined;
      this.host.requestUpdate();
      return;
    }
    const current = () =>
      job === this.carries && this.earlier === earlier && this.framework === framework;
    const carrying = loadMigration()
      .then((migrate) =>
        migrate(earlier.response, predecessor.mapping, predecessor.framework, framework),
      )
      .then(
        (outcome) => {
          if (!current()) return;
          if (!outcome.ok) {
            this.problem = problem(outcome.issues);
            return;
          }
          this.earlier = undefined;
          this.response = outcome.response;
          this.drafts = earlier.drafts;
          this.resume = true;
          this.persist();
          this.events.migrated?.(outcome.report);
          this.events.change?.({
            response: outcome.response,
            drafts: this.drafts,
            source: 'migration',
            migration: outcome.report,
          });
        },
        () => {
          // The engine could not be loaded (offline), or the mapping was not one that
          // `parseFrameworkMapping` returned: the stored copy stays as it was.
          if (current()) this.problem = problem([]);
        },
      )
      .finally(() => {
        if (this.carrying === carrying) this.carrying = undefined;
        this.host.requestUpdate();
      });
    this.carrying = carrying;
  }

  /** Drafts given by the host for the response it gave. */
  adoptDrafts(drafts: Drafts): void {
    if (drafts === this.drafts) return;
    this.drafts = drafts;
    this.persist();
    this.host.requestUpdate();
  }

  /**
   * The framework, the sections and the store to use. A new framework starts from the host's
   * response when it is one to this framework, else from what the store holds; a new store
   * (another storage key) resumes what it holds, or receives the answers so far when empty.
   */
  configure(
    framework: Framework,
    sections: readonly string[] | undefined,
    store: ResponseStore | undefined,
  ): void {
    const fresh = framework !== this.framework;
    const moved = !fresh && store !== this.store;
    if (fresh || sections?.join() !== this.sections?.join()) {
      this.framework = framework;
      this.sections = sections;
      this.steps = pillarsIn(framework, sections).flatMap((pillar) =>
        pillar.components.map((component) => ({ pillar, component })),
      );
      this.step = Math.min(this.step, this.steps.length);
    }
    if (store !== this.store) {
      this.store = store;
      this.listen();
    }
    if (fresh) {
      this.note = undefined;
      this.earlier = undefined;
      this.problem = undefined;
      if (this.response?.framework.id !== framework.id) {
        this.response = undefined;
        this.load(framework, false);
      } else this.holdEarlier();
    } else if (moved && store) this.load(framework, true);
    if (this.resume && this.response) {
      this.resume = false;
      const r = this.response;
      const first = this.steps.findIndex((s) =>
        s.component.questions.some((q) => !isAnswered(r, q.id)),
      );
      this.step = first < 0 ? this.steps.length : first;
      this.done = false;
    }
  }

  /** Reads the store; `keep`: a store taken over mid-way receives the answers so far when empty. */
  private load(framework: Framework, keep: boolean): void {
    const store = this.store;
    const load = ++this.loads;
    const apply = (saved: StoreLoad): void => {
      if (load !== this.loads || store !== this.store) return;
      if (saved.status === 'restored') {
        if (saved.setAside) {
          const { backupKey: key, questions } = saved.setAside;
          this.note = { kind: 'partial', key, questions };
        }
        this.response = saved.response;
        this.drafts = saved.drafts;
        this.resume = true;
        this.earlier = undefined;
        this.problem = undefined;
        this.holdEarlier();
      } else {
        if (saved.status === 'set-aside') {
          this.note = { kind: 'set-aside', key: saved.backupKey, reason: saved.reason };
        } else if (saved.status === 'unavailable') this.note = { kind: 'unavailable' };
        if (!keep || !this.response) {
          this.response = emptyResponse(framework);
          this.drafts = {};
          this.resume = true;
          this.earlier = undefined;
          this.problem = undefined;
        }
        if (keep && saved.status !== 'unavailable') this.persist();
      }
      this.host.requestUpdate();
    };
    if (!store) return apply({ status: 'empty' });
    const saved = store.load(framework);
    if (saved instanceof Promise) void saved.then(apply);
    else apply(saved);
  }

  private listen(): void {
    this.stopListening?.();
    this.stopListening = this.connected
      ? this.store?.subscribe((entry) => this.receive(entry))
      : undefined;
  }

  /**
   * A change stored elsewhere (another tab): merged with the answers here, newest answer per
   * question winning and the other kept in history (`mergeResponses`); saved back when the
   * answers here add to it.
   */
  private receive(entry: StoredResponse): void {
    // A response of another version is carried when it is loaded, not merged.
    if (entry.response.framework.version !== this.framework?.version) return;
    if (this.earlier) {
      // Carried elsewhere (another tab) meanwhile: that copy is the response now.
      this.earlier = undefined;
      this.problem = undefined;
      this.resume = true;
    }
    const merged = this.response ? mergeResponses(this.response, entry.response) : entry.response;
    this.response = merged;
    this.drafts = { ...this.drafts, ...entry.drafts };
    if (merged !== entry.response) this.persist();
    this.events.change?.({ response: merged, drafts: this.drafts, source: 'store' });
    this.host.requestUpdate();
  }

  /** Writes the response and drafts to the store, noting a refusal (and a recovery). */
  private persist(): void {
    const store = this.store;
    if (!store || !this.response) return;
    const saved = store.save({ response: this.response, drafts: this.drafts });
    const noted = (ok: boolean): void => {
      if (!ok) this.note = { kind: 'unavailable' };
      else if (this.note?.kind === 'unavailable') this.note = undefined;
      else return;
      this.host.requestUpdate();
    };
    if (saved instanceof Promise) void saved.then(noted);
    else noted(saved);
  }

  private commit(next: Response | undefined, draftsChanged = false): void {
    if (!next || (next === this.response && !draftsChanged)) return;
    this.response = next;
    this.persist();
    this.events.change?.({ response: next, drafts: this.drafts, source: 'respondent' });
    this.host.requestUpdate();
  }

  /** Text typed into `field` that is not valid yet (`undefined`: none); kept with the response. */
  setDraft(field: string, text: string | undefined): void {
    if (this.drafts[field] === text) return;
    const { [field]: _old, ...rest } = this.drafts;
    this.drafts = text === undefined ? rest : { ...rest, [field]: text };
    this.commit(this.response, true);
  }

  /** Sets the answer to one question (and the evidence text typed that is not a link yet). */
  answer(questionId: string, patch: AnswerPatch, evidenceDraft?: string): void {
    if (!this.response) return;
    const key = `evidence:${questionId}`;
    const changed = this.drafts[key] !== evidenceDraft;
    if (changed) {
      const { [key]: _old, ...rest } = this.drafts;
      this.drafts = evidenceDraft === undefined ? rest : { ...rest, [key]: evidenceDraft };
    }
    this.commit(setAnswer(this.response, questionId, patch), changed);
  }

  /**
   * Closes a round: the answers as they stand are kept in the history under `label` (e.g.
   * "before deep dive"), once (`startRound`); a label already used changes nothing.
   */
  startRound(label: string): void {
    if (this.response) this.commit(startRound(this.response, label));
  }

  /** Changes respondent details (empty strings remove optional ones). */
  setRespondent(patch: Partial<Respondent>): void {
    if (this.response) this.commit(setRespondent(this.response, patch));
  }

  /** Whether "other" is chosen as the role (its description may still be empty). */
  get roleOther(): boolean {
    const r = this.response?.respondent;
    return (r?.role === 'other' && roleChosen(r)) || this.drafts['role'] === 'other';
  }

  /** The country as typed: a valid code in the response, or a draft that is not valid yet. */
  get country(): string | undefined {
    return this.drafts['country'] ?? this.response?.respondent.country;
  }

  /** Sets the country from what was typed: kept as a draft until it is a valid code. */
  typeCountry(value: string): void {
    const code = value.trim().toUpperCase();
    this.setDraft('country', code && !COUNTRY.test(code) ? code : undefined);
    if (!code || COUNTRY.test(code)) this.setRespondent({ country: code || undefined });
  }

  /** Sets the role (`''`: none chosen); "other" keeps its description. */
  chooseRole(value: string): void {
    const other = value === 'other';
    this.setDraft('role', other ? 'other' : undefined);
    const detail = other ? this.response?.respondent.roleDetail : undefined;
    this.setRespondent({ role: (value || 'other') as Respondent['role'], roleDetail: detail });
  }

  /** What stops the submission in the respondent's details (none when the host asks them). */
  respondentProblems(): RespondentProblem[] {
    const r = this.response;
    if (!r || !this.askRespondent) return [];
    const problems: RespondentProblem[] = [];
    if (!roleChosen(r.respondent)) problems.push(this.roleOther ? 'roleDetail' : 'role');
    const country = this.country;
    if (country && !COUNTRY.test(country)) problems.push('country');
    return problems;
  }

  /**
   * Moves to step `index` (the review is `steps.length`). Moving on from the last part of a
   * pillar to the next step reports the pillar complete.
   */
  moveTo(index: number): void {
    const from = this.steps[this.step];
    if (
      from &&
      this.response &&
      index === this.step + 1 &&
      this.steps[index]?.pillar !== from.pillar
    ) {
      this.events.sectionComplete?.({ pillarId: from.pillar.id, response: this.response });
    }
    this.step = index;
    this.done = false;
    // On the review step Submit is near: fetch the engine now, so Submit does not wait for it.
    if (index >= this.steps.length) loadScoring().catch(() => undefined);
    this.host.requestUpdate();
  }

  /** The pillars assessed, as ids, when fewer than all (for scoring). */
  private get scoredSections(): string[] | undefined {
    const fw = this.framework!;
    const pillars = pillarsIn(fw, this.sections);
    return pillars.length < fw.pillars.length ? pillars.map((p) => p.id) : undefined;
  }

  /**
   * Submits: marks the response complete, scores it with `@dtc/scoring` (loaded on the first
   * submit) and reports both. Resolves to null (and changes nothing) while a respondent detail
   * stops it. A submit while one is pending resolves with that one.
   */
  submit(): Promise<Result | null> {
    if (!this.framework || !this.response || this.respondentProblems().length) {
      return Promise.resolve(null);
    }
    return (this.submitting ??= this.score(this.framework).finally(() => {
      this.submitting = undefined;
    }));
  }

  private submitting: Promise<Result | null> | undefined;

  /** The submit in progress (waiting for the scoring engine), if any. */
  get pendingSubmit(): Promise<Result | null> | undefined {
    return this.submitting;
  }

  private async score(framework: Framework): Promise<Result | null> {
    const scoreResponse = await loadScoring();
    // The response as it stands once the engine is here (an answer may have come meanwhile).
    if (framework !== this.framework || !this.response) return null;
    const sections = this.scoredSections;
    const response = complete(this.response);
    this.commit(response);
    const result = scoreResponse(framework, response, { sections });
    this.done = true;
    this.events.complete?.({ response, result });
    return result;
  }

  /** Forgets the stored copy; the response in memory is kept. */
  clearStorage(): void | Promise<void> {
    return this.store?.clear();
  }
}

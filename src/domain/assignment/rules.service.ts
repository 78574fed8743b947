import { isValidTimezone } from '../normalize/timezone';
import type { PrismaClient, Prisma } from '../db/client';
import { inTransaction } from '../db/client';
import { recordAudit } from '../audit/audit.repository';
import { DomainError } from '../errors';
import type { Actor } from '../team/actor';
import { findMemberByName } from '../team/team-member.repository';
import {
  deleteAllRules, deleteDefaultRules, deleteRuleByName, insertRule, listRules, maxRulePosition, ruleNames,
} from './assignment-rule.repository';
import { parseRuleLine, type RuleDraft, type RuleProblem } from './rule-definition';
import { describeMatch, isShadowedBy, type RuleMatch } from './rule-match';
import { parseRulesFile, type FileProblem } from './rules-file';
import { findTeamByName, setMemberTeam, upsertTeam } from './team-routing.repository';
import { assertMayChangeRule } from './rule-ownership';

type Tx = Prisma.TransactionClient;

async function resolveTarget(tx: Tx, target: RuleDraft['target'], extraTeams: string[] = []): Promise<number | null> {
  if (target.type === 'team') return (await findTeamByName(tx, target.name))?.id ?? (extraTeams.includes(target.name) ? -1 : null);
  return (await findMemberByName(tx, target.name))?.id ?? null;
}

function shadowProblem(name: string, match: RuleMatch, earlier: { name: string; match: RuleMatch; isDefault: boolean }[]): RuleProblem | null {
  const blocker = earlier.find((e) => !e.isDefault && isShadowedBy(match, e.match));
  return blocker ? { field: name, value: `${describeMatch(match)} (after ${blocker.name}: ${describeMatch(blocker.match)})`, problem: 'shadowed' } : null;
}

export function createRulesService(deps: { db: PrismaClient; onChange?: () => void }) {
  const { db } = deps;
  const changed = () => deps.onChange?.();

  return {
    list: () => listRules(db),

    /** `/rule add …`: checked whole (unknown country, missing team, a rule that could never match) before anything is saved. */
    async add(actor: Actor, via: string, line: string) {
      const { draft, problems } = parseRuleLine(line);
      if (!draft) throw new DomainError('RULE_INVALID', { problems });
      return inTransaction(db, async (tx) => {
        const targetId = await resolveTarget(tx, draft.target);
        await assertMayChangeRule(tx, actor, { name: draft.name ?? draft.target.name, isDefault: draft.isDefault, targetType: draft.target.type, targetId });
        const found: RuleProblem[] = [];
        if (targetId === null) found.push({ field: 'target', value: draft.target.name, problem: draft.target.type === 'team' ? 'unknown_team' : 'unknown_member' });
        const existing = await listRules(tx);
        const taken = await ruleNames(tx);
        let name = draft.name ?? (draft.isDefault ? 'default' : draft.target.name);
        if (draft.name && taken.some((n) => n.toLowerCase() === name.toLowerCase())) found.push({ field: 'name', value: name, problem: 'duplicate_name' });
        for (let i = 2; !draft.name && taken.some((n) => n.toLowerCase() === name.toLowerCase()) && !draft.isDefault; i += 1) name = `${draft.target.name}-${i}`;
        if (!draft.isDefault) {
          const shadow = shadowProblem(name, draft.match, existing);
          if (shadow) found.push(shadow);
        }
        if (found.length) throw new DomainError('RULE_INVALID', { problems: found });
        // one default only: a new default replaces the old one
        const replaced = draft.isDefault ? (await deleteDefaultRules(tx)).count : 0;
        const rule = await insertRule(tx, {
          name, position: (await maxRulePosition(tx)) + 1, match: draft.match, targetType: draft.target.type, targetId: targetId!, isDefault: draft.isDefault,
        });
        await recordAudit(tx, { actorId: actor.id, via, action: 'create', entityType: 'assignment_rule', entityId: rule.id, details: { line, replacedDefault: replaced > 0 } });
        return { rule, replacedDefault: replaced > 0, match: describeMatch(draft.match), target: draft.target };
      }).finally(changed);
    },

    async remove(actor: Actor, via: string, name: string) {
      return inTransaction(db, async (tx) => {
        const rule = (await listRules(tx)).find((r) => r.name.toLowerCase() === name.trim().toLowerCase());
        if (!rule) throw new DomainError('RULE_NOT_FOUND', { name });
        await assertMayChangeRule(tx, actor, rule);
        const removed = await deleteRuleByName(tx, name.trim());
        if (removed.count === 0) throw new DomainError('RULE_NOT_FOUND', { name });
        await recordAudit(tx, { actorId: actor.id, via, action: 'update', entityType: 'assignment_rule', entityId: name, details: { removed: true } });
      }).finally(changed);
    },

    /**
     * `crm rules import rules.yaml`: the file is the whole rule set (and may define teams with their members' weights).
     * Every problem is listed with its line; with any problem nothing is changed.
     */
    async importFile(actor: Actor | null, via: string, fileName: string, text: string) {
      const parsed = parseRulesFile(text);
      if (parsed.refused) throw new DomainError('RULES_FILE_INVALID', { file: fileName, ...parsed.refused });
      if (!parsed.file) throw new DomainError('RULES_FILE_INVALID', { file: fileName, problems: parsed.problems });
      const { teams, rules } = parsed.file;
      return inTransaction(db, async (tx) => {
        const problems: FileProblem[] = [];
        const teamNames = Object.keys(teams);
        const members = new Map<string, number>();
        for (const [teamName, team] of Object.entries(teams)) {
          if (team.timezone && !isValidTimezone(team.timezone)) problems.push({ line: null, path: `teams.${teamName}.timezone`, message: `unknown time zone "${team.timezone}"` });
          for (const name of [...(team.manager ? [team.manager] : []), ...Object.keys(team.members ?? {})]) {
            const member = await findMemberByName(tx, name);
            if (member) members.set(name, member.id);
            else problems.push({ line: null, path: `teams.${teamName}`, message: `"${name}" is not a team member`, problem: 'unknown_member', value: name });
          }
        }
        const seen: { name: string; match: RuleMatch; isDefault: boolean }[] = [];
        const names = new Set<string>();
        for (const [i, rule] of rules.entries()) {
          if (names.has(rule.name.toLowerCase())) problems.push({ line: rule.line, path: `rules.${i}.name`, message: 'duplicate', problem: 'duplicate_name', value: rule.name });
          names.add(rule.name.toLowerCase());
          if ((await resolveTarget(tx, rule.target, teamNames)) === null) {
            problems.push({ line: rule.line, path: `rules.${i}.to`, message: 'unknown', problem: rule.target.type === 'team' ? 'unknown_team' : 'unknown_member', value: rule.target.name });
          }
          const shadow = !rule.isDefault && shadowProblem(rule.name, rule.match, seen);
          if (shadow) problems.push({ line: rule.line, path: `rules.${i}`, message: 'shadowed', problem: 'shadowed', value: shadow.value });
          seen.push(rule);
        }
        if (rules.filter((r) => r.isDefault).length > 1) problems.push({ line: null, path: 'rules', message: 'more than one rule has default: true' });
        if (problems.length) throw new DomainError('RULES_FILE_INVALID', { file: fileName, problems });

        for (const [teamName, team] of Object.entries(teams)) {
          const row = await upsertTeam(tx, {
            name: teamName, timezone: team.timezone, managerId: team.manager ? members.get(team.manager) : undefined,
            businessHours: team.business_hours as Prisma.InputJsonValue | undefined, holidays: team.holidays as string[] | undefined,
          });
          for (const [name, weight] of Object.entries(team.members ?? {})) await setMemberTeam(tx, members.get(name)!, row.id, weight);
        }
        await deleteAllRules(tx);
        for (const [i, rule] of rules.entries()) {
          const targetId = (await resolveTarget(tx, rule.target))!;
          await insertRule(tx, { name: rule.name, position: i + 1, match: rule.match, targetType: rule.target.type, targetId, isDefault: rule.isDefault });
        }
        await recordAudit(tx, { actorId: actor?.id ?? null, via, action: 'import', entityType: 'assignment_rule', details: { file: fileName, rules: rules.length, teams: teamNames } });
        return { rules: rules.length, teams: teamNames.length };
      }).finally(changed);
    },
  };
}

export type RulesService = ReturnType<typeof createRulesService>;

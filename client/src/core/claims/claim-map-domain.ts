// The claim map's action: draw the claims the workbench's filters find as a map (see claim-map.ts) in place of the
// view. Undo brings the previous view back; the hub links are hidden through the filters, like any relationship type.
import type { ActionResult } from '../action-result';
import type { FiltersDomain } from '../filters/filters-domain';
import type { GraphDomain } from '../graph/graph-domain';
import { claimMapPayload, GROUP_LINK, type ClaimMapGrouping } from './claim-map';
import type { ClaimsDomain } from './claims-domain';
import { TIMELINE_LIMIT } from './claims-timeline';
import { toRequest, type ClaimsWorkbench } from './claims-workbench';

export class ClaimMapDomain {
  constructor(
    private readonly claims: ClaimsDomain,
    private readonly workbench: ClaimsWorkbench,
    private readonly graph: GraphDomain,
    private readonly filters: FiltersDomain,
  ) {}

  async show(grouping: ClaimMapGrouping): Promise<ActionResult<{ claims: number; groups: number }>> {
    const filter = { ...toRequest(this.workbench.view.get()), skip: 0, limit: TIMELINE_LIMIT };
    const answer = await this.claims.list(filter);
    if (!answer.ok) return answer;
    const payload = claimMapPayload(answer.claims, grouping);
    if (!this.filters.state.get().hiddenTypes.has(GROUP_LINK)) this.filters.toggleRelationshipType(GROUP_LINK);
    await this.graph.showPayload(payload, 'replace', `Claim map by ${grouping}`);
    return { ok: true, claims: answer.claims.length, groups: payload.nodes.length - answer.claims.length };
  }
}

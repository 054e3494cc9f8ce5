// The explorer's core, by domain (in the spirit of gephi-lite's core/<domain>/): each domain holds its state in
// atoms and offers the actions views call; none knows the DOM, and only the core talks to the API client. This file
// wires the domains together; views receive the whole core and subscribe to the atoms they show.
import type { ApiClient } from '../api/api-client';
import { AppearanceDomain } from './appearance/appearance-domain';
import { ArticlesDomain } from './articles/articles-domain';
import { ClaimsDomain } from './claims/claims-domain';
import { ClaimMapDomain } from './claims/claim-map-domain';
import { ClaimsFigures } from './claims/claims-figures';
import { ClaimsTimeline } from './claims/claims-timeline';
import { ClaimsWorkbench } from './claims/claims-workbench';
import { DatabaseDomain } from './database/database-domain';
import { FiltersDomain } from './filters/filters-domain';
import { createExplorerGraph } from './graph/explorer-graph';
import { GraphDomain } from './graph/graph-domain';
import { LayoutDomain } from './layout/layout-domain';
import { NoticesDomain } from './notices/notices-domain';
import { QueriesDomain } from './queries/queries-domain';
import { SearchDomain } from './search/search-domain';
import { SelectionDomain } from './selection/selection-domain';

export interface ExplorerCore {
  notices: NoticesDomain;
  database: DatabaseDomain;
  graph: GraphDomain;
  selection: SelectionDomain;
  filters: FiltersDomain;
  appearance: AppearanceDomain;
  layout: LayoutDomain;
  queries: QueriesDomain;
  search: SearchDomain;
  claims: ClaimsDomain;
  /** The Claims tab: its filters, order, page and the claims they found. */
  workbench: ClaimsWorkbench;
  /** The Claims tab's timeline: claims over time, the brushed date range (the filters' dates), play-back. */
  timeline: ClaimsTimeline;
  /** The Claims tab's chart of figures: a kind's figures as intervals by claimant over time. */
  figures: ClaimsFigures;
  /** The claim map: claims grouped by kind or subject, only their agreement drawn. */
  claimMap: ClaimMapDomain;
  articles: ArticlesDomain;
}

export function createExplorerCore(api: ApiClient): ExplorerCore {
  const data = createExplorerGraph();
  const notices = new NoticesDomain();
  const selection = new SelectionDomain();
  const appearance = new AppearanceDomain(data);
  const layout = new LayoutDomain(data, appearance);
  const graph = new GraphDomain(data, { api, layout, selection, notices });
  const filters = new FiltersDomain();
  const claims = new ClaimsDomain(api);
  const workbench = new ClaimsWorkbench(api);
  // One date range for the whole explorer: the graph hides dated nodes outside it and the Claims table lists only
  // the claims inside it, whether it was typed, brushed on the timeline or restored from the address.
  filters.state.subscribe((next, previous) => {
    if (next.from !== previous.from || next.to !== previous.to) void workbench.followDates(next.from, next.to);
  });
  return {
    notices,
    database: new DatabaseDomain(api),
    graph,
    selection,
    filters,
    appearance,
    layout,
    queries: new QueriesDomain(api, graph, notices),
    search: new SearchDomain(api),
    claims,
    workbench,
    timeline: new ClaimsTimeline(claims, workbench, filters),
    figures: new ClaimsFigures(claims),
    claimMap: new ClaimMapDomain(claims, workbench, graph, filters),
    articles: new ArticlesDomain(api),
  };
}

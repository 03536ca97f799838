export { InsightsModule } from './insights.module';
export { InsightsService } from './insights.service';
export { KPI_KEYS, KPI_DEFINITIONS, type KpiKey } from './kpi-definitions';

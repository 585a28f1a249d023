import { ContractsPage } from './pages/ContractsPage';
import { MarketPage } from './pages/MarketPage';
import { MicroCarePage } from './pages/MicroCarePage';
import { RecruitmentPage } from './pages/RecruitmentPage';
import { SafeguardingPage } from './pages/SafeguardingPage';
import { SupplyAndDemandPage } from './pages/SupplyAndDemandPage';
import { SupportOfferPage } from './pages/SupportOfferPage';
import { TrainingPage } from './pages/TrainingPage';
import { TransitionsPage } from './pages/TransitionsPage';
import { WorkforcePage } from './pages/WorkforcePage';

export interface PageDefinition {
  path: string;
  title: string;
  summary: string;
  Component: (props: { url: URL; title: string }) => React.ReactNode;
}

export const PAGES: PageDefinition[] = [
  {
    path: '/micro-care',
    title: 'Micro-care impact at a glance',
    summary: 'Micro-care businesses, the hours they deliver, people supported, care jobs and money kept local.',
    Component: MicroCarePage,
  },
  {
    path: '/workforce',
    title: 'PA workforce',
    summary:
      'Distinct personal assistants, never counted twice across employers, by council, employment status, DBS check and Care Certificate.',
    Component: WorkforcePage,
  },
  {
    path: '/transitions',
    title: 'Funding transitions',
    summary: 'Moves between council and NHS funding in flight, what holds them back, and gaps and overlaps in funding.',
    Component: TransitionsPage,
  },
  {
    path: '/training',
    title: 'Training and the Care Certificate',
    summary:
      'Care Certificate progress by standard, and current moving and positioning, medication, essential skills and health-task competences.',
    Component: TrainingPage,
  },
  {
    path: '/support-offer',
    title: 'Council support offer',
    summary: 'What councils offer individual employers and PAs, who provides it, and the change since the previous survey.',
    Component: SupportOfferPage,
  },
  {
    path: '/recruitment',
    title: 'Recruitment and registers',
    summary:
      'Findable PAs by area and skill against the vacancies and cover requests asking for them, time to fill, and unfilled short calls in rural districts.',
    Component: RecruitmentPage,
  },
  {
    path: '/safeguarding',
    title: 'Safeguarding and quality assurance',
    summary:
      'Safeguarding concerns by category, source and outcome at area level, review calls done, late or overdue, and DBS checks by processor, turnaround and negative returns.',
    Component: SafeguardingPage,
  },
  {
    path: '/market',
    title: 'Market shaping and economics',
    summary:
      'Personal budgets by delivery route and their weekly value, the share of the direct-payment rate reaching PAs, employers and PAs per support organisation and NHS body, and money kept local.',
    Component: MarketPage,
  },
  {
    path: '/contracts',
    title: 'Support-service contract monitoring',
    summary:
      'Block, pay-as-you-go and hybrid contracts with support organisations: cost per employer supported, uptake of menu items and managed accounts, payslips sent late and peer support.',
    Component: ContractsPage,
  },
  {
    path: '/supply-and-demand',
    title: 'Domiciliary supply and demand',
    summary:
      'Hours of care at home waiting for a provider against the previous period and the North Wales average, how long people wait and who takes the work, hours micro-carers cover, and people waiting in hospital or a step-up bed.',
    Component: SupplyAndDemandPage,
  },
];

import { e2eConfig } from '../../tools/e2e/playwright.base';

export default e2eConfig({ app: 'citizen-web', webPort: 4210, apiPort: 3110 });

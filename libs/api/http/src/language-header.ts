import { ApiHeader } from '@nestjs/swagger';

/** Documents the optional `Accept-Language` a route answers in: Danish (default) or English (`en`). */
export const ApiLanguageHeader = (what = 'texts') => ApiHeader({ name: 'accept-language', required: false, description: `Language of the ${what}: Danish (default) or English (\`en\`)` });

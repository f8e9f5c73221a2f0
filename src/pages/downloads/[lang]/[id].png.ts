/** The figure's PNG download: see src/figures/download-files.ts. */
import type { APIRoute } from 'astro';
import { downloadResponse, pngDownloadPaths } from '../../../figures/download-files.ts';

export const getStaticPaths = pngDownloadPaths;

export const GET: APIRoute = ({ params }) => downloadResponse('png', params);

/** The figure's CSV download: see src/figures/download-files.ts. */
import type { APIRoute } from 'astro';
import { downloadPaths, downloadResponse } from '../../../figures/download-files.ts';

export const getStaticPaths = downloadPaths;

export const GET: APIRoute = ({ params }) => downloadResponse('csv', params);

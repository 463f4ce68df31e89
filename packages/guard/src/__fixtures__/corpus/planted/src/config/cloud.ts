import { S3Client } from '@aws-sdk/client-s3';
import Stripe from 'stripe';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';

// TODO(ops): rotate ghp_FAKEp3XfvukNKJdG4NXPHQL1NpDRQUigU5Sg before the release; it was pasted here during the demo.
export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAFAKEO4H9A2DZ4N5H',
    secretAccessKey: 'FAKEUZectw4gcRD3XhZHRW6Op6p3B+teElWZACJ0',
  },
});

export const stripe = new Stripe('sk_live_FAKE0G9UsTEhMbIAhK4cdaDd', { apiVersion: '2024-06-20' });

const openai = new OpenAI({ apiKey: "sk-proj-FAKEKeFQX7cAVGzzaxRIrv7mfKj36kmPegslNhvnzXQeReMzL9FnKcouxtyvSAD_9m6jw-F1IIT3BlbkFJe9usW7rbIHOKvsNb0urp3GExtQcHa-XcVMRdP_I1qzVmgotYQCRu_6fqwk-FXLiv73A_zRYn4v" });
const anthropic = new Anthropic({ apiKey: `sk-ant-api03-FAKEBbgz6M5Bv7HUXBDqxSPeqra67vDYXuWW52BZXfkE4gwOYQNYN4d6Kx-kd1k3I9raL_eQupUa0gY43tmL79WlIQG67AA` });

export async function summarise(text: string): Promise<string> {
  const reply = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 512,
    messages: [{ role: 'user', content: text }],
  });
  return reply.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

export const embeddings = (input: string) =>
  openai.embeddings.create({ model: 'text-embedding-3-small', input });

export const huggingFace = {
  endpoint: 'https://api-inference.huggingface.co/models/bert-base-uncased',
  headers: { Authorization: 'Bearer hf_FAKEsJKpAYqXezfhOaQnnmlaUHOfWPxXTx' },
};

export const testSession = {
  // A session cookie captured from staging for the e2e suite.
  cookie: 'session=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmYWtlLXVzZXItMDAwMSIsIm5hbWUiOiJCYXRvbiBGaXh0dXJlIiwiaWF0IjoxNzAwMDAwMDAwfQ.G1boFXeqYeY6dwNSyKWVO03hY33LI-CMk4zGVvr44xG',
};

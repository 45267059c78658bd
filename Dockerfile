# One image for the api, worker and web services; the command picks the process.
FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run web:build
ENV NODE_ENV=production
USER node
CMD ["node", "--import", "tsx", "api/main.ts"]

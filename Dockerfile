# The explorer's app image: builds the client, then runs tools/start.ts, which with NEO4J_URI set connects to that
# database (no local Neo4j, so no Java needed), loads cypher/ and serves the API and the client.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
CMD ["node", "node_modules/tsx/dist/cli.mjs", "tools/start.ts"]

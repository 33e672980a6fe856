#!/bin/sh
# Container entry point: the AWS Lambda runtime interface client (Maven Central) runs the Quarkus handler given as
# CMD / ImageConfig.Command. java.args holds the class path and JVM flags the AOT cache was trained with; the cache
# is only used when both match, so do not add GC or class-path options here or through JAVA_TOOL_OPTIONS.
set -e
if [ -z "${AWS_LAMBDA_RUNTIME_API}" ]; then
  # Outside Lambda (docker run -p 9000:8080 ...): serve through the emulator that ships in the base image.
  exec /usr/local/bin/aws-lambda-rie java -XX:AOTCache=/var/task/app.aot @/var/task/java.args \
    com.amazonaws.services.lambda.runtime.api.client.AWSLambda "$@"
fi
exec java -XX:AOTCache=/var/task/app.aot @/var/task/java.args \
  com.amazonaws.services.lambda.runtime.api.client.AWSLambda "$@"

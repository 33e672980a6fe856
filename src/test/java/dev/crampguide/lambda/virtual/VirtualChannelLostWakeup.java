package dev.crampguide.lambda.virtual;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.quarkus.netty.runtime.virtual.VirtualAddress;
import io.quarkus.netty.runtime.virtual.VirtualChannel;
import io.quarkus.netty.runtime.virtual.VirtualClientConnection;
import io.quarkus.netty.runtime.virtual.VirtualResponseHandler;
import io.quarkus.netty.runtime.virtual.VirtualServerChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The minimal reproducer of the lost answer, without Quarkus's application or Vert.x: Quarkus's virtual channel
 * (quarkus-netty) served by plain Netty event loops, driven as the Lambda adapter drives it. Each connection
 * sends two messages (the request head and its last content) from a thread that is not the channel's event loop;
 * the server answers when it has read both. A connection whose answer does not come within a second lost a
 * message in the channel's inbound queue: the sender's check of {@code readInProgress} and the event loop's
 * {@code doBeginRead} race (see performance.md, "The lost answer").
 * <p>
 * Run: {@code java -cp target/test-classes:<test class path> dev.crampguide.lambda.virtual.VirtualChannelLostWakeup 1000000}
 */
public final class VirtualChannelLostWakeup {

    private VirtualChannelLostWakeup() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Result r = run(connections, 1000);
        System.out.printf("%d connections, %d never answered (first after %d)%n", connections, r.lost(), r.firstLost());
        System.exit(r.lost() == 0 ? 0 : 1);
    }

    /** How many of {@code connections} got no answer within {@code waitMillis}, and the index of the first. */
    public record Result(int lost, long firstLost) {
    }

    public static Result run(int connections, long waitMillis) throws Exception {
        // as Vert.x runs it: NIO event loops, two of them, the server channel on one
        EventLoopGroup boss = new NioEventLoopGroup(1);
        EventLoopGroup workers = new NioEventLoopGroup(2);
        VirtualAddress address = new VirtualAddress("lost-wakeup-" + System.nanoTime());
        Channel server = new ServerBootstrap().group(boss, workers).channel(VirtualServerChannel.class)
                .childHandler(new ChannelInitializer<VirtualChannel>() {
                    @Override
                    protected void initChannel(VirtualChannel ch) {
                        ch.pipeline().addLast(new AnswerAfterTwo());
                    }
                }).bind(address).sync().channel();
        int lost = 0;
        long firstLost = -1;
        try {
            for (int i = 0; i < connections; i++) {
                Answer answer = new Answer();
                VirtualClientConnection<?> connection = VirtualClientConnection.connect(answer, address, null);
                connection.sendMessage("head");
                connection.sendMessage("last");
                try {
                    answer.future.get(waitMillis, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    lost++;
                    if (firstLost < 0) {
                        firstLost = i;
                    }
                } finally {
                    connection.close();
                }
            }
        } finally {
            server.close().sync();
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
        return new Result(lost, firstLost);
    }

    /** The server side: answers once both messages of its connection arrived. */
    static final class AnswerAfterTwo extends ChannelInboundHandlerAdapter {
        private int read;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (++read == 2) {
                ctx.writeAndFlush("answer");
            }
        }
    }

    static final class Answer implements VirtualResponseHandler {
        final CompletableFuture<Object> future = new CompletableFuture<>();

        @Override
        public void handleMessage(Object msg) {
            future.complete(msg);
        }

        @Override
        public void close() {
            future.completeExceptionally(new IllegalStateException("closed"));
        }
    }
}

package dev.crampguide.alexa.verification;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away PKI shaped like Amazon's: a root, an intermediate, and a signing certificate for
 * {@code echo-api.amazon.com}; plus the broken variants the verifier must refuse. Built once per test JVM.
 */
public final class TestPki {

    private static final AtomicLong SERIAL = new AtomicLong(1000);
    private static volatile TestPki instance;

    public final KeyPair rootKeys;
    public final X509Certificate root;
    public final KeyPair intermediateKeys;
    public final X509Certificate intermediate;
    public final KeyPair signingKeys;
    public final X509Certificate signing;
    /** Same key, same issuer, but its validity ended yesterday. */
    public final X509Certificate expiredSigning;
    /** Same key and issuer, but no subject alternative names at all. */
    public final X509Certificate signingWithoutSan;
    /** Same key and issuer, but the DNS name is somebody else's. */
    public final X509Certificate signingWithOtherSan;
    /** A look-alike chain from a CA nobody trusts. */
    public final X509Certificate rogueRoot;
    public final X509Certificate rogueSigning;

    private TestPki() throws Exception {
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofDays(1));
        Instant until = now.plus(Duration.ofDays(30));
        rootKeys = rsa();
        root = ca("CN=Test Root CA", rootKeys, "CN=Test Root CA", rootKeys.getPrivate(), from, until.plus(Duration.ofDays(300)));
        intermediateKeys = rsa();
        intermediate = ca("CN=Test Intermediate CA", intermediateKeys, "CN=Test Root CA", rootKeys.getPrivate(), from,
                until.plus(Duration.ofDays(100)));
        signingKeys = rsa();
        signing = leaf(signingKeys, intermediateKeys.getPrivate(), from, until, SigningCertificates.ALEXA_SAN);
        expiredSigning = leaf(signingKeys, intermediateKeys.getPrivate(), now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(1)), SigningCertificates.ALEXA_SAN);
        signingWithoutSan = leaf(signingKeys, intermediateKeys.getPrivate(), from, until, null);
        signingWithOtherSan = leaf(signingKeys, intermediateKeys.getPrivate(), from, until, "echo-api.example.com");
        KeyPair rogueKeys = rsa();
        rogueRoot = ca("CN=Test Intermediate CA", rogueKeys, "CN=Test Intermediate CA", rogueKeys.getPrivate(), from,
                until);
        rogueSigning = leaf(signingKeys, rogueKeys.getPrivate(), from, until, SigningCertificates.ALEXA_SAN);
    }

    public static TestPki get() {
        TestPki p = instance;
        if (p == null) {
            synchronized (TestPki.class) {
                p = instance;
                if (p == null) {
                    try {
                        p = new TestPki();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    instance = p;
                }
            }
        }
        return p;
    }

    /** The good chain as Amazon serves it: signing certificate first, then the intermediate. */
    public byte[] goodChainPem() {
        return pem(signing, intermediate);
    }

    public Set<TrustAnchor> anchors() {
        return Set.of(new TrustAnchor(root, null));
    }

    /** Base64 SHA256withRSA signature over the exact bytes, as the {@code Signature-256} header carries it. */
    public String sign(byte[] body) {
        return sign(body, signingKeys.getPrivate());
    }

    public static String sign(byte[] body, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] pem(X509Certificate... certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate ca(String subject, KeyPair keys, String issuer, PrivateKey issuerKey, Instant from,
            Instant until) throws Exception {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(until), new X500Name(subject),
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return sign(builder, issuerKey);
    }

    private static X509Certificate leaf(KeyPair keys, PrivateKey issuerKey, Instant from, Instant until, String dnsName)
            throws Exception {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name("CN=Test Intermediate CA"),
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(until),
                new X500Name("CN=echo-api.amazon.com"), keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        if (dnsName != null) {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
        }
        return sign(builder, issuerKey);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }
}

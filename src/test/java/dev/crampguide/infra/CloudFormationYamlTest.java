package dev.crampguide.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CloudFormationYamlTest {

    @Test
    void shortFormTagsBecomeTheLongFormCloudFormationUses() {
        Map<String, Object> parsed = CloudFormationYaml.parseMap("""
                a: !Ref Param
                b: !Sub 'https://${Api}.example'
                c: !GetAtt Group.Arn
                d: !If [HasTopic, [!Ref Topic], !Ref 'AWS::NoValue']
                e: !Not [!Equals [!Ref X, '']]
                f: !Join [',', !Ref Origins]
                g: !Select [0, !Split [',', !ImportValue Shared]]
                h: !FindInMap [Prices, !Ref 'AWS::Region', Arm]
                i: !And [!Condition A, !Or [!Condition B, !Condition C]]
                j: !Base64 text
                k: !Cidr [!Ref Block, 4, 8]
                l: !GetAZs ''
                m: !Sub
                  - '${Name}-x'
                  - Name: !Ref Base
                """);
        assertEquals(Map.of("Ref", "Param"), parsed.get("a"));
        assertEquals(Map.of("Fn::Sub", "https://${Api}.example"), parsed.get("b"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Group", "Arn")), parsed.get("c"));
        assertEquals(Map.of("Fn::If", List.of("HasTopic", List.of(Map.of("Ref", "Topic")),
                Map.of("Ref", "AWS::NoValue"))), parsed.get("d"));
        assertEquals(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "X"), "")))),
                parsed.get("e"));
        assertEquals(Map.of("Fn::Join", List.of(",", Map.of("Ref", "Origins"))), parsed.get("f"));
        assertEquals(Map.of("Fn::Select", List.of(0, Map.of("Fn::Split",
                List.of(",", Map.of("Fn::ImportValue", "Shared"))))), parsed.get("g"));
        assertEquals(Map.of("Fn::FindInMap", List.of("Prices", Map.of("Ref", "AWS::Region"), "Arm")),
                parsed.get("h"));
        assertEquals(Map.of("Fn::And", List.of(Map.of("Condition", "A"),
                Map.of("Fn::Or", List.of(Map.of("Condition", "B"), Map.of("Condition", "C"))))), parsed.get("i"));
        assertEquals(Map.of("Fn::Base64", "text"), parsed.get("j"));
        assertEquals(Map.of("Fn::Cidr", List.of(Map.of("Ref", "Block"), 4, 8)), parsed.get("k"));
        assertEquals(Map.of("Fn::GetAZs", ""), parsed.get("l"));
        assertEquals(Map.of("Fn::Sub", List.of("${Name}-x", Map.of("Name", Map.of("Ref", "Base")))),
                parsed.get("m"));
    }

    @Test
    void aDuplicatedKeyIsRejectedAsCloudFormationWould() {
        assertThrows(RuntimeException.class, () -> CloudFormationYaml.parse("""
                Resources:
                  Fn: {Type: A}
                  Fn: {Type: B}
                """));
    }

    @Test
    void anUnknownTagIsAnError() {
        assertThrows(RuntimeException.class, () -> CloudFormationYaml.parse("a: !NotAFunction x"));
    }
}

// What one dynamic cast to a protocol costs on this machine, on one thread and on two at once: swift-mustache
// casts every value it renders several times (docs/benchmarks.md, "Templates and the Swift runtime").
// usage: swiftc -O benchmarks/casts.swift -o /tmp/casts && /tmp/casts
import Dispatch

protocol NeverAdopted {}
protocol Adopted {}
extension String: Adopted {}
final class Box {}

@inline(never) func casts<P>(_ value: Any, to: P.Type, times: Int) -> Int {
    var hits = 0
    for _ in 0..<times where value is P { hits += 1 }
    return hits
}

func nanoseconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start)
}

let times = 5_000_000
let cases: [(String, () -> Int)] = [
    ("String as? String (a concrete type)", { casts("text", to: String.self, times: times) }),
    ("String as? a protocol it adopts", { casts("text", to: Adopted.self, times: times) }),
    ("String as? a protocol it does not adopt", { casts("text", to: NeverAdopted.self, times: times) }),
    ("[String: Any] as? a protocol it does not adopt", { casts(["k": 1] as [String: Any], to: NeverAdopted.self, times: times) }),
    ("a class as? a protocol it does not adopt", { casts(Box(), to: NeverAdopted.self, times: times) }),
]
for (name, run) in cases {
    let one = nanoseconds { _ = run() } / Double(times)
    let two = nanoseconds { DispatchQueue.concurrentPerform(iterations: 2) { _ in _ = run() } } / Double(times)
    print("\(name): \(Int(one)) ns on one thread, \(Int(two)) ns each on two threads at once")
}

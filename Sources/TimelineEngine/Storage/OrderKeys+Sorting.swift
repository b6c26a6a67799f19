extension OrderKeys {
    /// Sorts `keys` in place, which reads and writes far less memory than the standard
    /// library's merge sort (a million keys are 48 MB). Not stable, which the order does
    /// not need: keys that tie are then ordered by whole title, id and row (see
    /// `Timeline.chronologicalRows`). Past `depth` levels, a range is left to the
    /// standard sort, so that no input makes it quadratic.
    static func quicksort(_ keys: UnsafeMutableBufferPointer<Key>, depth: Int) {
        var keys = keys
        var depth = depth
        while keys.count > 16 {
            guard depth > 0 else { return keys.sort(by: <) }
            depth -= 1
            let middle = keys.count / 2, last = keys.count - 1
            if keys[middle] < keys[0] { keys.swapAt(middle, 0) }
            if keys[last] < keys[0] { keys.swapAt(last, 0) }
            if keys[last] < keys[middle] { keys.swapAt(last, middle) }
            let pivot = keys[middle]
            var low = 0, high = last
            while low <= high {
                while keys[low] < pivot { low += 1 }
                while pivot < keys[high] { high -= 1 }
                if low <= high {
                    keys.swapAt(low, high)
                    low += 1
                    high -= 1
                }
            }
            // The smaller side recursively, the larger one in this loop: the stack stays shallow.
            let left = UnsafeMutableBufferPointer(rebasing: keys[..<(high + 1)])
            let right = UnsafeMutableBufferPointer(rebasing: keys[low...])
            if left.count < right.count {
                quicksort(left, depth: depth)
                keys = right
            } else {
                quicksort(right, depth: depth)
                keys = left
            }
        }
        for index in keys.indices.dropFirst() {
            let key = keys[index]
            var place = index
            while place > 0, key < keys[place - 1] {
                keys[place] = keys[place - 1]
                place -= 1
            }
            keys[place] = key
        }
    }
}

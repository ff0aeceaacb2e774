#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace backstride {

// A failure with a message a runner (or a script) can act on: what is wrong and where.
struct Error
{
    QString message;
};

// Core never shows UI and never swallows a failure: every fallible call returns a Result.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T held) : m_state(std::in_place_index<0>, std::move(held)) { }
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    // By value: `for (x : f().value())` must not refer into the temporary Result.
    T value() && { return std::get<0>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const QString& error() const { return std::get<1>(m_state).message; }
    Error takeError() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error->message; }
    Error takeError() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace backstride

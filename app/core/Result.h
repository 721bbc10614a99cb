// A value or a message fit to show the user: errors a user can cause are values, not crashes.
#pragma once

#include <optional>
#include <utility>

#include <QString>
#include <QtGlobal>

namespace sd {

struct Error
{
    QString message;
};

inline Error fail(QString message)
{
    return Error {std::move(message)};
}

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

    // Reading the value of an error is a programming error: it stops the program in every build,
    // naming the error, rather than reading an empty optional.
    const T& value() const&
    {
        requireValue();
        return *m_value;
    }
    T& value() &
    {
        requireValue();
        return *m_value;
    }
    // By value: `for (auto& x : *store.all())` must not iterate a destroyed temporary.
    T value() &&
    {
        requireValue();
        return std::move(*m_value);
    }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }

private:
    void requireValue() const
    {
        if (!ok())
            qFatal("Result::value() called on an error: %s", qUtf8Printable(m_error));
    }

    std::optional<T> m_value;
    QString m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error.message))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;

} // namespace sd

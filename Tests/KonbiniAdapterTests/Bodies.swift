/// The bodies both adapters' tests send, one for each status of the contract.
enum Bodies {
    static let validJSON = #"{"amount": 1980, "currency": "jpy", "payment_method_types": ["konbini"], "#
        + #""payment_method_data": {"type": "konbini", "billing_details": {"name": "ヤマダ", "email": "ｔａｒｏ＠example.com"}}}"#
    static let validForm = "amount=1980&currency=jpy&payment_method_types[]=konbini&payment_method_data[type]=konbini"
        + "&payment_method_data[billing_details][name]=%E3%83%A4%E3%83%9E%E3%83%80&payment_method_data[billing_details][email]=taro%40example.com"
    static let invalidJSON = #"{"amount": 100, "currency": "jpy", "payment_method_types": ["konbini"]}"#
    static let malformedJSON = #"{"amount": 100,"#
    static let json = "application/json"
    static let form = "application/x-www-form-urlencoded"
}
